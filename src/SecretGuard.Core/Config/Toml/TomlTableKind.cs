namespace SecretGuard.Core.Config.Toml
{
    /// <summary>How a TOML table was created; TOML forbids defining the same table twice.</summary>
    internal enum TomlTableKind
    {
        /// <summary>The document itself.</summary>
        Root,

        /// <summary>Created as the parent of a header (<c>[a.b]</c> creates <c>a</c>); a later <c>[a]</c> may define it.</summary>
        Implicit,

        /// <summary>Defined by a <c>[header]</c> or as an element of <c>[[header]]</c>.</summary>
        Header,

        /// <summary>Created by a dotted key (<c>a.b = 1</c> creates <c>a</c>).</summary>
        Dotted,

        /// <summary>An inline table (<c>{ a = 1 }</c>), closed once written.</summary>
        Inline,
    }
}
