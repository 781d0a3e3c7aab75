namespace NewsDigest.Hosting;

/// <summary>The current time, injected so that runs and tests are reproducible.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }
}

/// <summary>The machine's clock.</summary>
public sealed class SystemClock : IClock
{
    public static readonly SystemClock Instance = new();
    public DateTimeOffset Now => DateTimeOffset.UtcNow;
}
