namespace Usta.Search.Querying.Bounded;

/// <summary>
/// The score a match must reach to be worth scoring in full, shared by the collector that knows it
/// and the scorer that uses it: the lowest of the best <c>k</c> scores collected so far, or negative
/// infinity until <c>k</c> documents are in. A match whose score is strictly below it has <c>k</c>
/// documents scoring strictly higher, so no tie-break (date, document id) can bring it onto the page.
/// </summary>
public sealed class CompetitiveScore
{
    public float Threshold { get; private set; } = float.NegativeInfinity;

    private readonly float[] _heap;
    private int _count;

    public CompetitiveScore(int wanted) => _heap = new float[Math.Max(1, wanted)];

    /// <summary>A collected document's score (a skipped one, negative infinity, changes nothing).</summary>
    public void Offer(float score)
    {
        if (float.IsNegativeInfinity(score)) return;
        if (_count < _heap.Length)
        {
            // Sift up a min-heap.
            var i = _count++;
            while (i > 0 && _heap[(i - 1) / 2] > score) { _heap[i] = _heap[(i - 1) / 2]; i = (i - 1) / 2; }
            _heap[i] = score;
            if (_count == _heap.Length) Threshold = _heap[0];
            return;
        }
        if (score <= _heap[0]) return;
        var at = 0;
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= _count) break;
            if (child + 1 < _count && _heap[child + 1] < _heap[child]) child++;
            if (_heap[child] >= score) break;
            _heap[at] = _heap[child];
            at = child;
        }
        _heap[at] = score;
        Threshold = _heap[0];
    }
}
