namespace Tasker.Tests.Support.Hostile;

/// <summary>An exception that cannot describe itself: its Message and ToString() throw.</summary>
public sealed class UnprintableException : Exception
{
    public override string Message => throw new InvalidOperationException("Message is hostile");

    public override string ToString() => throw new InvalidOperationException("ToString is hostile");
}
