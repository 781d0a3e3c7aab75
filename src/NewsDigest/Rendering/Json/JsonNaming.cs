namespace NewsDigest.Rendering.Json;

/// <summary>Turns enum member names into the camelCase the JSON contracts use.</summary>
public static class JsonNaming
{
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
