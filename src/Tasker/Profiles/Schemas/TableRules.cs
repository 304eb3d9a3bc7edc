using Tasker.Diagnostics;
using Tasker.Profiles.Values;

namespace Tasker.Profiles.Schemas;

/// <summary>
/// What differs when <see cref="SchemaValidator"/> checks a task's table, a <c>[[__meta__]]</c> entry or a container's
/// table: the codes users know each kind of table's problems by, and who reads the table. The wording is the
/// validator's, the same for all.
/// </summary>
/// <param name="MissingKey">A required key is absent.</param>
/// <param name="WrongType">A value (or an array's element) has another type.</param>
/// <param name="UnknownKey">A key the table's definitions do not name (a warning).</param>
/// <param name="Reader">Who reads the table, in messages ("the task", "Tasker").</param>
internal sealed record TableRules(DiagnosticDescriptor MissingKey, DiagnosticDescriptor WrongType, DiagnosticDescriptor UnknownKey, string Reader)
{
    /// <summary>A task's profile table: its values are checked (typed strings evaluated) before the schema is.</summary>
    public static readonly TableRules Task = new(DiagnosticCodes.SchemaMissingKey, DiagnosticCodes.SchemaWrongType, DiagnosticCodes.SchemaUnknownKey, "the task")
    {
        WrongElementType = DiagnosticCodes.SchemaWrongElementType,
    };

    /// <summary>How a missing key's message names the table before its owner ("The profile table of task X has no key...").</summary>
    public string TableOf { get; init; } = "the profile table of ";

    /// <summary>An array's element of another type; the table's <see cref="WrongType"/> unless set.</summary>
    public DiagnosticDescriptor? WrongElementType { get; init; }

    /// <summary>Keys whose wrong type keeps a code of its own (the result cache's keys are TSK7001 wherever they are).</summary>
    public IReadOnlyCollection<string> OwnCodeKeys { get; init; } = [];

    /// <summary>The code of <see cref="OwnCodeKeys"/>.</summary>
    public DiagnosticDescriptor? OwnCode { get; init; }

    /// <summary>
    /// Keys whose typed strings the table's reader evaluates itself, after this check: there a typed string stands for
    /// a value of any type (a container's table is checked before its values are evaluated).
    /// </summary>
    public IReadOnlyCollection<string> EvaluatedLater { get; init; } = [];

    /// <summary>Whether a key holding a table is a table for the task (a container's branch tables), not an unknown key.</summary>
    public bool TablesAreForTheTask { get; init; }

    /// <summary>Whether a wrong value may be written as a typed string (not in a [[__meta__]] entry, which Tasker reads as written).</summary>
    public bool TypedStrings { get; init; } = true;

    /// <summary>Whether keys the definitions do not name are warned about; see <see cref="OwnUnknownKeys"/>.</summary>
    public bool WarnsUnknownKeys { get; init; } = true;

    /// <summary>
    /// Tables whose reader warns about their unknown keys itself, with a message of its own (<c>[__setting__.log]</c>:
    /// the Python version's logging keys are ignored for a reason worth saying).
    /// </summary>
    public IReadOnlyCollection<string> OwnUnknownKeys { get; init; } = [];

    internal bool ReadsItsOwnUnknownKeys(string table) => OwnUnknownKeys.Count > 0 && OwnUnknownKeys.Contains(table);

    // Whether the text is typed is cheaper to tell than whether the key is one of a list: it is asked first.
    internal bool IsEvaluatedLater(string key, object raw) =>
        raw is string text && EvaluatedLater.Count > 0 && TypedValueParser.LooksTyped(text) && EvaluatedLater.Contains(key);

    internal DiagnosticDescriptor WrongTypeOf(string key) =>
        OwnCode is not null && OwnCodeKeys.Contains(key) ? OwnCode : WrongType;

    internal DiagnosticDescriptor WrongElementTypeOf(string key) =>
        OwnCode is not null && OwnCodeKeys.Contains(key) ? OwnCode : WrongElementType ?? WrongType;
}
