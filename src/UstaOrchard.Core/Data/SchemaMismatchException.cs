namespace UstaOrchard.Core.Data;

public sealed record MissingColumn(string Table, string Column, string ModuleId);

/// <summary>
/// The model has columns the database lacks and no migration added them: the start stops, because a
/// site running on such a table fails on its first save. The message is for the operator.
/// </summary>
public sealed class SchemaMismatchException(IReadOnlyList<MissingColumn> missing) : Exception(Describe(missing))
{
    public IReadOnlyList<MissingColumn> Missing { get; } = missing;

    private static string Describe(IReadOnlyList<MissingColumn> missing)
        => "The database lacks columns that the code needs, and no data migration added them: "
           + string.Join("; ", missing.Select(m => $"table {m.Table} has no column {m.Column} (module {m.ModuleId})"))
           + ". Each module named must add its columns in its data migration (SchemaBuilder.AddColumnAsync, with a new Version); "
           + "nothing was changed by this start.";
}
