namespace Tasker.Profiles.Reading;

/// <summary>How a table came to exist, which decides what may still add keys to it (TOML's "defined once" rules).</summary>
internal enum TableOrigin
{
    /// <summary>Defined by its own <c>[header]</c> or <c>[[header]]</c>, or the document root.</summary>
    Header,

    /// <summary>Created only because a longer header passes through it; one later <c>[header]</c> may still define it.</summary>
    Implicit,

    /// <summary>Created by a dotted key (<c>a.b = 1</c>); more dotted keys of the same section may add to it.</summary>
    Dotted,

    /// <summary>An inline table (<c>{ ... }</c>): complete where it is written.</summary>
    Inline,
}
