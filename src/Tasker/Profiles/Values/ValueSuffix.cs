namespace Tasker.Profiles.Values;

/// <summary>The suffixes that type a string value of a profile, named by what they produce.</summary>
internal enum ValueSuffix
{
    /// <summary><c>$I</c>: a whole number.</summary>
    Integer,

    /// <summary><c>$F</c>: a floating-point number.</summary>
    Float,

    /// <summary><c>$B</c>: true/false, yes/no, on/off, 1/0.</summary>
    Boolean,

    /// <summary><c>$S</c>: the text itself (useful to keep a text that would otherwise look typed).</summary>
    String,

    /// <summary><c>$E</c>: an environment variable, optionally typed by a second suffix.</summary>
    Environment,

    /// <summary><c>$C</c>: a fact of the build (<c>ProjectDirectory</c>) or a property named in <c>TaskerProperties</c>, optionally typed by a second suffix.</summary>
    BuildContext,

    /// <summary><c>$P</c>: another profile file, read as a table.</summary>
    Path,

    /// <summary><c>$R</c>: a type.</summary>
    TypeReference,

    /// <summary><c>$T</c>: a task instance, optionally created with constructor arguments.</summary>
    TaskInstance,

    /// <summary><c>$M</c>: the result of a public static method.</summary>
    MethodCall,
}
