using System.Text.Json.Nodes;

namespace UstaOrchard.Core.Settings;

/// <summary>
/// A module's check of the settings section it owns (<see cref="Section"/>, matched without regard to
/// case), run by the <c>Settings</c> recipe step once every step has run, so that what a later step
/// defines (an index, a content type) counts.
/// </summary>
public interface ISettingsSectionCheck
{
    string Section { get; }

    /// <summary>What is wrong with the stored section, in the reader's language; null when it is fine.</summary>
    Task<string?> CheckAsync(JsonNode? section, CancellationToken ct);
}
