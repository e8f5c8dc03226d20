namespace SecretGuard.Cli.Rules;

/// <summary>Output of <c>rules list</c>.</summary>
public enum RulesListFormat
{
    Table,
    Json,
}
