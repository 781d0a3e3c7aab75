using System.Diagnostics.CodeAnalysis;

namespace NewsDigest.Learning;

/// <summary>The outcome of fitting or loading a model: the model, or a sentence saying what was wrong with the input.</summary>
public sealed class ModelResult<T> where T : class
{
    private ModelResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Value is not null;

    public static ModelResult<T> Ok(T value) => new(value, null);
    public static ModelResult<T> Fail(string error) => new(null, error);

    /// <summary>Carries a failure over to another model type.</summary>
    public ModelResult<TOther> FailAs<TOther>() where TOther : class =>
        ModelResult<TOther>.Fail(Error ?? "no error");

    /// <summary>The model, or an exception for callers (tests, tools) that treat a failure as a bug.</summary>
    public T Unwrap() => Value ?? throw new InvalidOperationException(Error);
}
