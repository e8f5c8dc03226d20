using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SecretGuard.Core.Rules;

namespace SecretGuard.Build;

/// <summary>One <see cref="BuildFinding"/> per line, tab-separated, with <c>\t \n \r \\</c> escaped.</summary>
internal static class BuildFindingCodec
{
    private const int FieldCount = 11;

    public static string Encode(BuildFinding finding)
    {
        var builder = new StringBuilder(256);
        Append(builder, finding.File);
        Append(builder, finding.Line.ToString(CultureInfo.InvariantCulture));
        Append(builder, finding.Column.ToString(CultureInfo.InvariantCulture));
        Append(builder, finding.EndLine.ToString(CultureInfo.InvariantCulture));
        Append(builder, finding.EndColumn.ToString(CultureInfo.InvariantCulture));
        Append(builder, finding.Code);
        Append(builder, finding.RuleId);
        Append(builder, finding.Description);
        Append(builder, finding.Severity.ToString());
        Append(builder, finding.Preview);
        Append(builder, finding.Fingerprint);
        builder.Length--; // trailing tab
        return builder.ToString();
    }

    /// <summary>Decodes a line written by <see cref="Encode"/>; null when it is malformed.</summary>
    public static BuildFinding? Decode(string line)
    {
        var fields = Split(line);
        if (fields.Count != FieldCount
            || !int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var startLine)
            || !int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var column)
            || !int.TryParse(fields[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var endLine)
            || !int.TryParse(fields[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var endColumn)
            || !Enum.TryParse<Severity>(fields[8], out var severity))
        {
            return null;
        }

        return new BuildFinding(fields[0], startLine, column, endLine, endColumn, fields[5], fields[6], fields[7], severity, fields[9], fields[10]);
    }

    internal static void Append(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('\t');
    }

    internal static List<string> Split(string line)
    {
        var fields = new List<string>(FieldCount);
        var current = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\t')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else if (c == '\\' && i + 1 < line.Length)
            {
                var next = line[++i];
                current.Append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
