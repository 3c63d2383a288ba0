using System.Text;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Localization;

namespace UstaOrchard.Core.Recipes.Expressions;

/// <summary>
/// The files next to a recipe, as <c>[file: text('…')]</c>, <c>[file: base64('…')]</c> and the Media
/// step's <c>SourcePath</c> read them: only regular files inside the recipe's folder
/// (<see cref="RecipeFolder"/>), never longer than the caller's limit.
/// </summary>
public sealed class RecipeFiles(Recipe recipe)
{
    private const int MaxShownChars = 80;
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(5);

    // Used before any container exists (the command line), so the strings table is read directly.
    private static readonly IStringLocalizer S = new JsonStringLocalizerFactory().Create(typeof(RecipeFiles));

    /// <summary>
    /// Opens a file of the recipe's folder. Throws <see cref="RecipeStepException"/> naming the path
    /// for one outside the folder, missing, unreadable, a pipe or a device, and
    /// <see cref="BoundedDecoding.TooLargeException"/> for one longer than <paramref name="maxBytes"/>.
    /// </summary>
    public Stream OpenRead(string relativePath, long maxBytes)
    {
        var shown = Shorten(relativePath);
        // A recipe given as text has no folder: it may read no file (not the working directory's).
        if (recipe.BasePath is null)
            throw new RecipeStepException(S["a recipe without a folder cannot read files ('{0}')", shown], shown);
        var full = new RecipeFolder(recipe.BasePath).Resolve(relativePath)
                   ?? throw new RecipeStepException(S["'{0}' is outside the recipe's folder", shown], shown);

        FileStream stream;
        try
        {
            // Opening a named pipe blocks until someone writes to it, holding the recipe's transaction:
            // a file that does not open in time is refused (the blocked open is left to finish alone).
            var open = Task.Run(() => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan));
            if (Task.WhenAny(open, Task.Delay(OpenTimeout)).GetAwaiter().GetResult() != open)
            {
                _ = open.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
                throw new RecipeStepException(S["the file '{0}' could not be read within {1} seconds (is it a pipe or a device?)",
                    shown, OpenTimeout.TotalSeconds], shown);
            }
            stream = open.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new RecipeStepException(S["there is no file '{0}' in the recipe's folder", shown], shown);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RecipeStepException(S["the file '{0}' cannot be read", shown], shown);
        }

        // Only a regular file can seek: a pipe with a writer, a socket or a device could stream forever.
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw new RecipeStepException(S["the file '{0}' could not be read within {1} seconds (is it a pipe or a device?)",
                shown, OpenTimeout.TotalSeconds], shown);
        }
        if (stream.Length > maxBytes)
        {
            stream.Dispose();
            throw new BoundedDecoding.TooLargeException(maxBytes);
        }
        return stream;
    }

    /// <summary><c>[file: text('…')]</c>: the file as UTF-8 text, composed (NFC).</summary>
    public string ReadText(string relativePath, long limit)
    {
        using var stream = OpenRead(relativePath, limit);
        return BoundedDecoding.Utf8(stream, limit).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// <c>[file: base64('…')]</c>, as in Orchard: the file's bytes as base64 text. The text, not the
    /// file, must fit in <paramref name="limit"/> characters (four for every three bytes).
    /// </summary>
    public string ReadBase64(string relativePath, long limit)
    {
        using var stream = OpenRead(relativePath, limit / 4 * 3);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Convert.ToBase64String(bytes);
    }

    private static string Shorten(string text) => text.Length <= MaxShownChars ? text : text[..MaxShownChars] + "…";
}
