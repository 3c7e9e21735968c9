using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Policy;

/// <summary>Per-rule levels from <c>--level rule-id-glob=breaking|warning|info</c>; a later override wins over an earlier one.</summary>
internal sealed class LevelOverrides
{
    public static readonly LevelOverrides None = new(Array.Empty<(string, RuleLevel)>());

    private readonly IReadOnlyList<(string Rule, RuleLevel Level)> _overrides;

    private LevelOverrides(IReadOnlyList<(string Rule, RuleLevel Level)> overrides) => _overrides = overrides;

    public static LevelOverrides Parse(IEnumerable<string> texts)
    {
        var overrides = new List<(string, RuleLevel)>();
        foreach (var text in texts)
        {
            var equals = text.LastIndexOf('=');
            if (equals <= 0) throw new DiffInputException($"--level '{text}': expected rule-id=breaking|warning|info.");
            var rule = text.Substring(0, equals).Trim();
            if (!TryParseLevel(text.Substring(equals + 1).Trim(), out var level))
            {
                throw new DiffInputException($"--level '{text}': the level must be breaking, warning or info.");
            }
            if (!RuleCatalogue.All.Any(r => Glob.IsMatch(rule, r.Id)))
            {
                throw new DiffInputException($"--level '{text}': '{rule}' matches no rule ID (see the rules catalogue in README.md).");
            }
            overrides.Add((rule, level));
        }
        return new LevelOverrides(overrides);
    }

    public RuleLevel LevelOf(Rule rule)
    {
        for (var i = _overrides.Count - 1; i >= 0; i--)
        {
            if (Glob.IsMatch(_overrides[i].Rule, rule.Id)) return _overrides[i].Level;
        }
        return rule.Level;
    }

    public static bool TryParseLevel(string text, out RuleLevel level)
    {
        switch (text.ToLowerInvariant())
        {
            case "breaking": level = RuleLevel.Breaking; return true;
            case "warning": level = RuleLevel.Warning; return true;
            case "info": level = RuleLevel.Info; return true;
            default: level = default; return false;
        }
    }
}
