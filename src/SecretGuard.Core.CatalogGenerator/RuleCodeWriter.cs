using System.Collections.Generic;
using System.Text;
using SecretGuard.Core.Rules;

namespace SecretGuard.Core.CatalogGenerator
{
    /// <summary>Renders <see cref="Rule"/> and <see cref="RuleAllowlist"/> values as C# object initialisers (default-valued properties are left out).</summary>
    internal static class RuleCodeWriter
    {
        private const string Indent = "            ";

        public static string Rule(Rule rule)
        {
            var b = new StringBuilder();
            b.Append("new Rule\n").Append(Indent).Append("{\n");
            Property(b, "Id", CSharpLiteral.String(rule.Id));
            if (rule.Description.Length > 0)
            {
                Property(b, "Description", CSharpLiteral.String(rule.Description));
            }

            if (rule.Regex.Length > 0)
            {
                Property(b, "Regex", CSharpLiteral.String(rule.Regex));
            }

            if (rule.SecretGroup != 0)
            {
                Property(b, "SecretGroup", CSharpLiteral.Integer(rule.SecretGroup));
            }

            if (rule.Entropy is double entropy)
            {
                Property(b, "Entropy", CSharpLiteral.Double(entropy));
            }

            if (rule.Keywords.Count > 0)
            {
                Property(b, "Keywords", CSharpLiteral.StringArray(rule.Keywords));
            }

            if (rule.Path != null)
            {
                Property(b, "Path", CSharpLiteral.String(rule.Path));
            }

            if (rule.Tags.Count > 0)
            {
                Property(b, "Tags", CSharpLiteral.StringArray(rule.Tags));
            }

            if (rule.Allowlists.Count > 0)
            {
                var lists = new List<string>();
                foreach (var allowlist in rule.Allowlists)
                {
                    lists.Add(Allowlist(allowlist));
                }

                Property(b, "Allowlists", "new RuleAllowlist[] { " + string.Join(", ", lists) + " }");
            }

            Property(b, "Severity", "Severity." + rule.Severity);
            Property(b, "Confidence", "Confidence." + rule.Confidence);
            if (rule.Validator != null)
            {
                Property(b, "Validator", CSharpLiteral.String(rule.Validator));
            }

            if (rule.WindowLines != 0)
            {
                Property(b, "WindowLines", CSharpLiteral.Integer(rule.WindowLines));
            }

            Property(b, "IsBuiltIn", "true");
            if (rule.Examples.MustMatch.Count > 0 || rule.Examples.MustNotMatch.Count > 0)
            {
                Property(b, "Examples", "new RuleExamples { MustMatch = " + CSharpLiteral.StringArray(rule.Examples.MustMatch)
                    + ", MustNotMatch = " + CSharpLiteral.StringArray(rule.Examples.MustNotMatch) + " }");
            }

            b.Append(Indent).Append('}');
            return b.ToString();
        }

        public static string Allowlist(RuleAllowlist allowlist)
        {
            var parts = new List<string>();
            if (allowlist.Description.Length > 0)
            {
                parts.Add("Description = " + CSharpLiteral.String(allowlist.Description));
            }

            if (allowlist.RequireAll)
            {
                parts.Add("RequireAll = true");
            }

            if (allowlist.Paths.Count > 0)
            {
                parts.Add("Paths = " + CSharpLiteral.StringArray(allowlist.Paths));
            }

            if (allowlist.Regexes.Count > 0)
            {
                parts.Add("Regexes = " + CSharpLiteral.StringArray(allowlist.Regexes));
            }

            if (allowlist.RegexTarget != AllowlistRegexTarget.Secret)
            {
                parts.Add("RegexTarget = AllowlistRegexTarget." + allowlist.RegexTarget);
            }

            if (allowlist.StopWords.Count > 0)
            {
                parts.Add("StopWords = " + CSharpLiteral.StringArray(allowlist.StopWords));
            }

            if (allowlist.Commits.Count > 0)
            {
                parts.Add("Commits = " + CSharpLiteral.StringArray(allowlist.Commits));
            }

            if (allowlist.TargetRules.Count > 0)
            {
                parts.Add("TargetRules = " + CSharpLiteral.StringArray(allowlist.TargetRules));
            }

            return "new RuleAllowlist { " + string.Join(", ", parts) + " }";
        }

        private static void Property(StringBuilder b, string name, string value)
        {
            b.Append(Indent).Append("    ").Append(name).Append(" = ").Append(value).Append(",\n");
        }
    }
}
