using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using UstaOrchard.Core.Contents;
using UstaOrchard.Core.Recipes.Validation;

namespace Usta.Users;

/// <summary><c>Roles</c>, before anything runs: a <c>Roles</c> list of objects, each with a <c>Name</c>.</summary>
public sealed class RolesStepValidator(IStringLocalizer<UsersStartup> S) : IRecipeStepValidator
{
    public string Name => "Roles";

    public Task ValidateStepAsync(RecipeStepCheck step, CancellationToken ct)
    {
        if (step.Step.GetPropertyIgnoreCase("Roles") is not JsonArray list)
        {
            step.Report(S["the step has no \"Roles\" list"], path: "Roles");
            return Task.CompletedTask;
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject role) step.Report(S["each role must be an object"], path: $"Roles[{i}]");
            else if (string.IsNullOrWhiteSpace(role.GetString("Name"))) step.Report(S["a role has no \"Name\""], $"Roles[{i}]", $"Roles[{i}].Name");
        }
        return Task.CompletedTask;
    }
}

/// <summary><c>Users</c>, before anything runs: a <c>Users</c> list of objects, each with a <c>UserName</c>.</summary>
public sealed class UsersStepValidator(IStringLocalizer<UsersStartup> S) : IRecipeStepValidator
{
    public string Name => "Users";

    public Task ValidateStepAsync(RecipeStepCheck step, CancellationToken ct)
    {
        if (step.Step.GetPropertyIgnoreCase("Users") is not JsonArray list)
        {
            step.Report(S["the step has no \"Users\" list"], path: "Users");
            return Task.CompletedTask;
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject user) step.Report(S["each user must be an object"], path: $"Users[{i}]");
            else if (string.IsNullOrWhiteSpace(user.GetString("UserName"))) step.Report(S["a user has no \"UserName\""], $"Users[{i}]", $"Users[{i}].UserName");
        }
        return Task.CompletedTask;
    }
}
