using Usta.Contents.Editing;
using Usta.Contents.Editing.Drivers;

namespace Usta.Contents;

/// <summary>
/// The public page of an item whose type has no display provider: its drivers' displays, with the
/// title's taken out to head the page whatever its position.
/// </summary>
public sealed record ContentView(string DisplayText, DisplaySlot? Title, IReadOnlyList<DisplaySlot> Slots)
{
    public static ContentView From(string displayText, IReadOnlyList<DisplaySlot> slots)
    {
        var title = slots.FirstOrDefault(s => s.Model is TitlePartDisplay);
        return new ContentView(displayText, title, slots.Where(s => s != title).ToList());
    }
}
