using System.Globalization;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Settings;

namespace Usta.Contents.Editing.Drivers;

public sealed class DateTimeFieldEditor : EditorModel
{
    /// <summary>Local time in the site's zone: <c>yyyy-MM-ddTHH:mm</c> for a datetime-local input, or what was typed.</summary>
    public string? Value { get; set; }
}

public sealed record DateTimeFieldDisplay(string Label, string Value, string Prefix);

/// <summary>
/// A moment, entered and shown in the site's time zone and stored in UTC. The input is
/// datetime-local; a browser without it shows text, so "dd-MM-yyyy HH:mm" is read as well.
/// </summary>
public sealed class DateTimeFieldDriver(SiteClock clock, IStringLocalizer<ContentsStartup> S) : IContentFieldDriver
{
    private const string InputFormat = "yyyy-MM-ddTHH:mm";
    private static readonly string[] Formats = [InputFormat, "yyyy-MM-ddTHH:mm:ss", SiteClock.DateTimeFormat, "d-M-yyyy H:mm", "d/M/yyyy H:mm"];

    public string FieldName => nameof(DateTimeField);

    public async Task<EditorSlot?> EditAsync(FieldContext context)
    {
        var value = context.Read<DateTimeField>().Value;
        var local = value is null ? null : (await clock.ToLocalAsync(value.Value, context.CancellationToken)).ToString(InputFormat, CultureInfo.InvariantCulture);
        return Editor(context, local);
    }

    public async Task<EditorSlot?> UpdateAsync(FieldContext context, IUpdateModel updater)
    {
        var input = new DateTimeFieldEditor();
        await updater.TryUpdateModelAsync(input, context.Prefix);
        var text = (input.Value ?? "").Trim();
        DateTime? value = null;
        if (text.Length == 0)
        {
            if (context.Settings.Required) updater.ModelState.AddModelError(context.Prefix, S["{0} is required.", context.Label()]);
        }
        else if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            value = await ToUtcAsync(local, context.CancellationToken);
        if (text.Length > 0 && value is null)
            updater.ModelState.AddModelError(context.Prefix, S["{0} is not a date and time: write it as dd-MM-yyyy HH:mm.", context.Label()]);

        var field = context.Read<DateTimeField>();
        field.Value = value;
        context.Write(field);
        return Editor(context, input.Value);
    }

    public async Task<DisplaySlot?> DisplayAsync(FieldContext context)
    {
        if (context.Read<DateTimeField>().Value is not { } value) return null;
        var local = await clock.ToLocalAsync(value, context.CancellationToken);
        return context.Display("/Views/Fields/DateTimeField.cshtml",
            new DateTimeFieldDisplay(context.Label(), local.ToString(SiteClock.DateTimeFormat, CultureInfo.InvariantCulture), context.Prefix));
    }

    // A time skipped by a clock change, or at the edge of the calendar, has no UTC moment.
    private async Task<DateTime?> ToUtcAsync(DateTime local, CancellationToken ct)
    {
        try
        {
            return await clock.ToUtcAsync(local, ct);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static EditorSlot Editor(FieldContext context, string? value)
        => context.Editor("/Views/Fields/DateTimeField.Edit.cshtml", new DateTimeFieldEditor { Value = value });
}
