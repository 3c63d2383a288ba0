using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using UstaOrchard.Core.Contents;

namespace UstaOrchard.Core.Recipes.Steps;

/// <summary>
/// The Content step's items read, evaluated, converted and prepared (<see cref="IContentPreparer"/>: the
/// HTML sanitised) on a second thread, a few dozen items before the one being saved, so a long recipe
/// keeps both cores busy: the saves stay on the step's thread, one at a time and in order. Items are
/// handed over in batches: a hand-over per item woke a thread per item and cost more than it saved.
/// A failure of the reading (a broken JSON value, an expression) reaches the step after every item read
/// before it, as if it had read them itself.
/// </summary>
internal static class ContentReadAhead
{
    private const int Batch = 16;
    private const int Batches = 2;

    /// <summary>
    /// One item of the data list: the item made of it (none when it is not an object, or
    /// <paramref name="Invalid"/> says why), and what the step needs of its JSON, which is not kept.
    /// </summary>
    public sealed record Read(int Index, ContentItem? Item, bool IsHistory, string Label, FormatException? Invalid);

    public static async IAsyncEnumerable<Read> ReadAsync(IAsyncEnumerable<JsonNode?> data, IReadOnlyList<IContentPreparer> preparers,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<List<Outcome>>(new BoundedChannelOptions(Batches) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ProduceAsync(data, preparers, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(ct))
            {
                foreach (var outcome in batch)
                {
                    outcome.Failure?.Throw();
                    yield return outcome.Read!;
                }
            }
        }
        finally
        {
            // The step stopped (done, failed or cancelled): the reader stops at its next batch, and is done
            // with the recipe's file before the next step reads it.
            await stop.CancelAsync();
            await producer;
        }
    }

    private sealed record Outcome(Read? Read, ExceptionDispatchInfo? Failure);

    private static async Task ProduceAsync(IAsyncEnumerable<JsonNode?> data, IReadOnlyList<IContentPreparer> preparers,
        ChannelWriter<List<Outcome>> writer, CancellationToken stop)
    {
        var batch = new List<Outcome>(Batch);
        var index = 0;
        try
        {
            try
            {
                await foreach (var node in data)
                {
                    // The step stopped: no more reading, no expression evaluated for nothing.
                    if (stop.IsCancellationRequested) return;
                    batch.Add(new Outcome(Convert(index++, node, preparers), null));
                    if (batch.Count < Batch) continue;
                    await writer.WriteAsync(batch, stop);
                    batch = new List<Outcome>(Batch);
                }
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                // After the items read before it.
                batch.Add(new Outcome(null, ExceptionDispatchInfo.Capture(e)));
            }
            if (batch.Count > 0) await writer.WriteAsync(batch, stop);
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // The step no longer reads: whatever failed after that is nobody's to hear (the step's own
            // failure or cancellation is what the run reports).
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private static Read Convert(int index, JsonNode? node, IReadOnlyList<IContentPreparer> preparers)
    {
        if (node is not JsonObject json) return new Read(index, null, false, $"data[{index}]", null);
        var label = Label(json, index);
        ContentItem item;
        try
        {
            item = ContentItemJson.FromJson(json);
        }
        catch (FormatException e)
        {
            return new Read(index, null, false, label, e);
        }
        foreach (var preparer in preparers) preparer.Prepare(item);
        return new Read(index, item, IsHistory(json), label, null);
    }

    // An export of every version says "Latest": false of each older one; a file that leaves it out means the latest.
    private static bool IsHistory(JsonObject json)
        => json.GetPropertyIgnoreCase("Latest") is JsonValue latest && latest.GetValueKind() == System.Text.Json.JsonValueKind.False;

    private static string Label(JsonObject json, int index)
    {
        var id = json.GetString("ContentItemId");
        var text = json.GetString("DisplayText");
        var name = id ?? $"data[{index}]";
        return string.IsNullOrWhiteSpace(text) ? name : $"{name} \"{text}\"";
    }
}
