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

    /// <summary>One item of the data list: its JSON, and the item made of it or why none could be.</summary>
    public sealed record Read(JsonNode? Node, ContentItem? Item, FormatException? Invalid);

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
        try
        {
            try
            {
                await foreach (var node in data)
                {
                    batch.Add(new Outcome(Convert(node, preparers), null));
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
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The step no longer reads.
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private static Read Convert(JsonNode? node, IReadOnlyList<IContentPreparer> preparers)
    {
        if (node is not JsonObject json) return new Read(node, null, null);
        ContentItem item;
        try
        {
            item = ContentItemJson.FromJson(json);
        }
        catch (FormatException e)
        {
            return new Read(node, null, e);
        }
        foreach (var preparer in preparers) preparer.Prepare(item);
        return new Read(node, item, null);
    }
}
