using Tasker.Diagnostics;
using Tasker.Profiles.Values;

namespace Tasker.Tests.Profiles;

/// <summary>Which strings are typed, and how they are taken apart; nothing is evaluated here.</summary>
[TestClass]
public sealed class TypedValueParserTests
{
    private static readonly SourceLocation Here = new("p.toml", 4, 9);

    private static TypedValue Typed(string text) =>
        TypedValueParser.Parse(text, Here, out _) ?? throw new AssertFailedException($"'{text}' was not typed.");

    private static string Literal(string text)
    {
        Assert.IsNull(TypedValueParser.Parse(text, Here, out var literal), $"'{text}' should be literal.");
        return literal;
    }

    [TestMethod]
    [DataRow("8$I", "Integer", "8")]
    [DataRow("0.5$F", "Float", "0.5")]
    [DataRow("yes$B", "Boolean", "yes")]
    [DataRow("text$S", "String", "text")]
    [DataRow("HOME$E", "Environment", "HOME")]
    [DataRow("sub.toml$P", "Path", "sub.toml")]
    [DataRow("System.String$R", "TypeReference", "System.String")]
    [DataRow("Some.Task$T", "TaskInstance", "Some.Task")]
    public void Each_single_suffix_types_the_text_before_it(string text, string suffix, string body)
    {
        var typed = Typed(text);
        Assert.AreEqual(Enum.Parse<ValueSuffix>(suffix), typed.Suffix);
        Assert.AreEqual(body, typed.Body);
        Assert.AreEqual(Here, typed.Location);
    }

    [TestMethod]
    [DataRow("costs $5")]
    [DataRow("$HOME/bin")]
    [DataRow("a$b$c")]
    [DataRow("8$i")]
    [DataRow("price in $")]
    [DataRow("$")]
    [DataRow("x$IS")]
    public void Other_dollars_are_literal(string text) =>
        Assert.AreEqual(text, Literal(text));

    [TestMethod]
    public void Escaped_dollar_is_not_a_suffix() =>
        Assert.AreEqual("price$I", Literal(@"price\$I"));

    [TestMethod]
    public void Escaped_dollar_inside_a_typed_string_stays_in_the_body() =>
        Assert.AreEqual("a$b", Typed(@"a\$b$S").Body);

    [TestMethod]
    public void Escaped_comma_is_a_comma_everywhere() =>
        Assert.AreEqual("a,b", Literal(@"a\,b"));

    [TestMethod]
    public void Other_backslashes_stay_so_windows_paths_work() =>
        Assert.AreEqual(@"C:\tools\bin", Literal(@"C:\tools\bin"));

    [TestMethod]
    public void Unescaped_dollar_inside_the_body_of_a_known_suffix_is_literal() =>
        Assert.AreEqual("costs $5", Typed("costs $5$S").Body);

    [TestMethod]
    public void Environment_with_conversion_and_default()
    {
        var typed = Typed("PORT:-8080$E$I");
        Assert.AreEqual(ValueSuffix.Environment, typed.Suffix);
        Assert.AreEqual("PORT", typed.EnvironmentName);
        Assert.AreEqual("8080", typed.EnvironmentDefault);
        Assert.AreEqual(ValueSuffix.Integer, typed.Conversion);
    }

    [TestMethod]
    public void Environment_without_default_has_none()
    {
        var typed = Typed("HOME$E");
        Assert.IsNull(typed.EnvironmentDefault);
        Assert.IsNull(typed.Conversion);
    }

    [TestMethod]
    public void Environment_default_may_be_empty() =>
        Assert.AreEqual(string.Empty, Typed("NAME:-$E").EnvironmentDefault);

    [TestMethod]
    public void Task_with_arguments_and_escaped_comma()
    {
        var typed = Typed(@"Some.Task$T$a\,b,2");
        Assert.AreEqual(ValueSuffix.TaskInstance, typed.Suffix);
        Assert.AreEqual("Some.Task", typed.Body);
        CollectionAssert.AreEqual(new[] { "a,b", "2" }, typed.Arguments.ToArray());
    }

    [TestMethod]
    public void Method_call_with_argument_types()
    {
        var typed = Typed("1,x$M$Some.Type.Method$I,S");
        Assert.AreEqual(ValueSuffix.MethodCall, typed.Suffix);
        Assert.AreEqual("Some.Type.Method", typed.Method);
        CollectionAssert.AreEqual(new[] { "1", "x" }, typed.Arguments.ToArray());
        CollectionAssert.AreEqual(new[] { ValueSuffix.Integer, ValueSuffix.String }, typed.ArgumentTypes!.ToArray());
    }

    [TestMethod]
    public void Method_call_without_arguments_or_types()
    {
        var typed = Typed("$M$Some.Type.Method");
        Assert.AreEqual(0, typed.Arguments.Count);
        Assert.IsNull(typed.ArgumentTypes);
    }

    [TestMethod]
    [DataRow("print(1)$X", "$X")]
    [DataRow("[1, 2]$L", "$L")]
    public void Code_suffixes_are_rejected_with_a_hint_to_use_M(string text, string suffix)
    {
        var exception = Assert.ThrowsExactly<DiagnosticException>(() => TypedValueParser.Parse(text, Here, out _));
        Assert.AreEqual("TSK0011", exception.Diagnostic.Code);
        Assert.AreEqual(Here, exception.Diagnostic.Location);
        StringAssert.Contains(exception.Diagnostic.Message, suffix);
        StringAssert.Contains(exception.Diagnostic.Message, "$M");
    }
}
