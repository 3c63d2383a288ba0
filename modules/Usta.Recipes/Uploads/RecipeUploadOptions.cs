using Microsoft.Extensions.Configuration;

namespace Usta.Recipes.Uploads;

/// <summary>The <c>Recipes:</c> limits on uploaded recipes; a zero or negative value means the default.</summary>
public sealed class RecipeUploadOptions
{
    public const string Section = "Recipes";

    /// <summary>Largest upload (the .json or the .zip as sent).</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Most entries (files and folders) a .zip may hold.</summary>
    public int MaxZipEntries { get; set; } = 20_000;

    /// <summary>Most bytes a .zip may expand to: what its entries hold once written out.</summary>
    public long MaxExpandedBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>An uploaded recipe nobody applied is deleted after this long.</summary>
    public TimeSpan KeepAbandonedFor { get; set; } = TimeSpan.FromDays(1);

    public static RecipeUploadOptions From(IConfiguration configuration)
    {
        var options = new RecipeUploadOptions();
        configuration.GetSection(Section).Bind(options);
        var defaults = new RecipeUploadOptions();
        if (options.MaxUploadBytes <= 0) options.MaxUploadBytes = defaults.MaxUploadBytes;
        if (options.MaxZipEntries <= 0) options.MaxZipEntries = defaults.MaxZipEntries;
        if (options.MaxExpandedBytes <= 0) options.MaxExpandedBytes = defaults.MaxExpandedBytes;
        if (options.KeepAbandonedFor <= TimeSpan.Zero) options.KeepAbandonedFor = defaults.KeepAbandonedFor;
        return options;
    }
}
