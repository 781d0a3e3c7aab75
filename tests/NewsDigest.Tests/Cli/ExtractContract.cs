using System.Globalization;
using System.Text.Json;

namespace NewsDigest.Tests.Cli;

/// <summary>Checks one line of `extract --format jsonl` against the field names and types of the contract in issue 2 and the README.</summary>
internal static class ExtractContract
{
    /// <summary>Parses the line (which must be one complete JSON object) and checks its shape; returns the parsed object.</summary>
    public static JsonElement AssertValid(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement.Clone();
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(JsonValueKind.String, Member(root, "source").ValueKind);
        bool isReport = Member(root, "isMatchReport").GetBoolean();
        // A report always carries its match; an article the detector turned down carries one when it names two teams playing each other.
        if (!root.TryGetProperty("match", out _))
        {
            Assert.False(isReport, $"a match report carries its match: {line}");
            return root;
        }
        var match = Member(root, "match");
        var teams = Member(match, "teams");
        Assert.Equal(2, teams.GetArrayLength());
        Assert.All(teams.EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetString())));
        PairOrNull(Member(match, "score"));
        PairOrNull(Member(match, "shootout"));
        foreach (var goal in Array(match, "goals"))
        {
            Text(goal, "player");
            TextOrNull(goal, "team");
            IntOrNull(goal, "minute");
            IntOrNull(goal, "addedTime");
            Member(goal, "penalty").GetBoolean();
            Member(goal, "ownGoal").GetBoolean();
        }
        foreach (var missed in Array(match, "missedPenalties"))
        {
            Text(missed, "player");
            TextOrNull(missed, "team");
            IntOrNull(missed, "minute");
        }
        foreach (var card in Array(match, "redCards"))
        {
            Text(card, "player");
            TextOrNull(card, "team");
            IntOrNull(card, "minute");
        }
        TextOrNull(match, "venue");
        TextOrNull(match, "competition");
        TextOrNull(match, "stage");
        if (TextOrNull(match, "date") is { } date)
            Assert.True(DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"date '{date}' is not yyyy-MM-dd");
        foreach (var quote in Array(match, "quotes"))
        {
            TextOrNull(quote, "speaker");
            Text(quote, "text");
        }
        return root;
    }

    private static JsonElement Member(JsonElement element, string name)
    {
        Assert.True(element.TryGetProperty(name, out var value), $"missing field '{name}' in {element.GetRawText()}");
        return value;
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string name)
    {
        var value = Member(element, name);
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        return value.EnumerateArray();
    }

    private static string Text(JsonElement element, string name)
    {
        var value = Member(element, name);
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        return value.GetString()!;
    }

    private static string? TextOrNull(JsonElement element, string name)
    {
        var value = Member(element, name);
        Assert.True(value.ValueKind is JsonValueKind.String or JsonValueKind.Null, $"'{name}' must be a string or null: {value.GetRawText()}");
        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static void IntOrNull(JsonElement element, string name)
    {
        var value = Member(element, name);
        Assert.True(value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _)), $"'{name}' must be a whole number or null: {value.GetRawText()}");
    }

    private static void PairOrNull(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null) return;
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        Assert.Equal(2, value.GetArrayLength());
        Assert.All(value.EnumerateArray(), n => Assert.True(n.TryGetInt32(out int goals) && goals >= 0, $"not a goal count: {n.GetRawText()}"));
    }
}
