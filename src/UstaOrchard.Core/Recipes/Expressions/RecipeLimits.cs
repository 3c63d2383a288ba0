using Microsoft.Extensions.Configuration;

namespace UstaOrchard.Core.Recipes.Expressions;

/// <summary>
/// What a recipe's expressions may use (<c>Recipes:Limits:*</c>). A recipe may come from someone
/// else, so decoding, scripts and file reads are bounded: a gzip bomb or an endless loop fails
/// the recipe instead of exhausting the machine.
/// </summary>
public sealed class RecipeLimits
{
    /// <summary>Most bytes one gzip(), base64() or text() may produce, and most characters one expression may return.</summary>
    public long MaxDecodedBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Memory one script may allocate (Jint's memory limit). Jint counts what its thread allocates,
    /// host functions included: decoding the largest value allowed costs several times its size.
    /// </summary>
    public long ScriptMemoryBytes { get; init; } = 256 * 1024 * 1024;

    /// <summary>Statements one script may run.</summary>
    public int ScriptStatements { get; init; } = 100_000;

    /// <summary>Time every script of one recipe may take together.</summary>
    public TimeSpan ScriptTime { get; init; } = TimeSpan.FromSeconds(30);

    public static RecipeLimits From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Recipes:Limits");
        var defaults = new RecipeLimits();
        return new RecipeLimits
        {
            MaxDecodedBytes = Positive(section.GetValue<long?>(nameof(MaxDecodedBytes))) ?? defaults.MaxDecodedBytes,
            ScriptMemoryBytes = Positive(section.GetValue<long?>(nameof(ScriptMemoryBytes))) ?? defaults.ScriptMemoryBytes,
            ScriptStatements = (int?)Positive(section.GetValue<int?>(nameof(ScriptStatements))) ?? defaults.ScriptStatements,
            ScriptTime = Positive(section.GetValue<double?>("ScriptSeconds")) is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.ScriptTime,
        };
    }

    private static long? Positive(long? value) => value > 0 ? value : null;
    private static double? Positive(double? value) => value > 0 ? value : null;
}
