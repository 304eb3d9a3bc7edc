using CsCheck;
using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.Profiles;
using Tasker.Profiles.Values;
using Tasker.TaskLookup;
using Tasker.Tasks;
using Tasker.Templates;

namespace Tasker.Tests.Profiles;

/// <summary>
/// Random profile text and random suffix strings never end in an unhandled exception: every problem is a
/// diagnostic (a <see cref="DiagnosticException"/> or an entry in the diagnostics list).
/// </summary>
[TestClass]
public sealed class ProfileFuzzTests
{
    private static readonly TaskCatalog Catalog = BuiltInTasks.CatalogWith([typeof(ProfileFuzzTests).Assembly]);

    // The characters that matter to the value language, plus a little ordinary text.
    private static readonly Gen<string> SuffixText =
        Gen.Char["$\\,IFBSEPRTMXL:-.aZ09 _/"].Array[0, 24].Select(characters => new string(characters));

    private static readonly string[] Fragments =
    [
        "[[__meta__]]",
        "reference = \"Tasker.Tests.Support.Schemas.ValueEchoTask\"",
        "reference = \"Tasker.Tests.Support.Schemas.SchemaTask\"",
        "reference = \"Tasker.Tests.Support.Schemas.OptionsTask\"",
        "reference = \"Tasker.Tests.Support.Schemas.GreeterTask$T$a,2\"",
        "reference = \"Tasker.Tests.Support.RequiringTask\"",
        "profile = \"t\"",
        "execute = false",
        "include = true",
        "path = \"nowhere.toml\"",
        "[t]",
        "[t.server]",
        "[[t.stages]]",
        "[__setting__]",
        "__schema__ = \"tasker.launcher.Launcher\"",
        "name = \"x\"",
        "name = 3",
        "count = \"3$I\"",
        "tags = [\"a\", 2]",
        "host = \"HOME$E\"",
        "port = \"PORT:-80$E$I\"",
        "settings = \"t.toml$P\"",
        "value = \"System.Math$R\"",
        "value = \"2,3$M$Tasker.Tests.Support.Schemas.ValueMethods.Sum\"",
        "inline = { a = \"1$B\", b = [\"x$X\"] }",
        "a = ",
        "= 1",
        "[broken",
        "\"quoted key\" = 'literal \\$ $I'",
    ];

    private static readonly Gen<string> TomlText =
        Gen.OneOf(Gen.OneOf(Fragments), SuffixText.Select(text => $"v = \"{TomlEscape(text)}\""))
            .Array[0, 14]
            .Select(lines => string.Join("\n", lines));

    [TestMethod]
    public void Random_suffix_strings_only_produce_diagnostics() =>
        SuffixText.Sample(text =>
        {
            var table = new ProfileTable(new SourceLocation("fuzz.toml", 1, 1));
            table.Set(new ProfileField("key", new SourceLocation("fuzz.toml", 1, 1), new ProfileValue(text, new SourceLocation("fuzz.toml", 1, 7))));
            OnlyDiagnostics(() => TypedValueParser.Parse(text, default, out _));
            OnlyDiagnostics(() => ValueEvaluator.Check(table, Catalog, new List<Diagnostic>()));
            OnlyDiagnostics(() => ValueEvaluator.Resolve(table, Catalog));
        }, iter: 3000);

    [TestMethod]
    public void Random_profile_text_only_produces_diagnostics() =>
        TomlText.Sample(text => OnlyDiagnostics(() =>
        {
            var root = TomlProfileReader.ReadText(text, "fuzz.toml");
            var diagnostics = new List<Diagnostic>();
            if (LauncherProfileReader.Read(root, "fuzz.toml", diagnostics) is not { } launcher)
            {
                return;
            }

            var plan = PipelinePlanner.Plan(launcher, Catalog, diagnostics);
            PlanValidator.Validate(plan, Catalog, [], diagnostics);
            foreach (var step in plan)
            {
                OnlyDiagnostics(() => ValueEvaluator.Resolve(step.TaskTable, Catalog));
            }
        }), iter: 1000);

    private static void OnlyDiagnostics(Action action)
    {
        try
        {
            action();
        }
        catch (DiagnosticException)
        {
            // A diagnostic is the expected way to refuse bad input.
        }
    }

    private static string TomlEscape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
