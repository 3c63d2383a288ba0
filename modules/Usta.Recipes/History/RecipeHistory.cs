using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UstaOrchard.Core.Data;
using UstaOrchard.Core.Recipes;

namespace Usta.Recipes.History;

/// <summary>
/// The recipes' history (<see cref="IRecipeAudit"/>): every apply and export, whoever started it (the
/// admin pages, the command line). Written in its own scope and connection, after the recipe's
/// transaction ended, so a failed recipe is recorded too; a failure to record is logged, never thrown.
/// </summary>
public sealed class RecipeHistory(IServiceScopeFactory scopes, ILogger<RecipeHistory> logger) : IRecipeAudit
{
    public const int PageSize = 50;

    public async Task RecordAsync(RecipeAuditEntry entry, CancellationToken ct = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<UstaDbContext>();
            db.Set<RecipeHistoryRecord>().Add(new RecipeHistoryRecord
            {
                Utc = DateTime.SpecifyKind(entry.Utc, DateTimeKind.Utc),
                Action = entry.Action.ToString(),
                RecipeName = Cut(entry.RecipeName, RecipesDbModel.MaxNameLength),
                UserName = entry.UserName is null ? null : Cut(entry.UserName, RecipesDbModel.MaxNameLength),
                RemoteAddress = entry.RemoteAddress is null ? null : Cut(entry.RemoteAddress, 64),
                Succeeded = entry.Succeeded,
                Summary = Cut(entry.Summary, RecipesDbModel.MaxTextLength),
                Failure = entry.Failure is null ? null : Cut(entry.Failure, RecipesDbModel.MaxTextLength),
            });
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or OperationCanceledException)
        {
            logger.LogError(e, "Could not record {Action} of recipe {Recipe} in the history", entry.Action, entry.RecipeName);
        }
    }

    /// <summary>One page of the history, newest first, and how many rows there are.</summary>
    public async Task<(IReadOnlyList<RecipeHistoryRecord> Rows, int Total)> PageAsync(int page, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UstaDbContext>();
        var rows = db.Set<RecipeHistoryRecord>().AsNoTracking();
        var total = await rows.CountAsync(ct);
        var list = await rows.OrderByDescending(x => x.Utc).ThenByDescending(x => x.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (list, total);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
