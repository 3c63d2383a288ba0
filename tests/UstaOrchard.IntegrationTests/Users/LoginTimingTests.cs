using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Usta.Users;
using UstaOrchard.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace UstaOrchard.IntegrationTests.Users;

/// <summary>Runs alone, after the parallel tests: other tests' work on the same cores would blur the timings.</summary>
[CollectionDefinition(nameof(LoginTimingTests), DisableParallelization = true)]
public class LoginTimingCollection;

[Collection(nameof(LoginTimingTests))]
public class LoginTimingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ExistingAndMissingUser_TakeTheSameTimeAndGetTheSameMessage()
    {
        await using var factory = new UstaAppFactory();
        string[] existing = ["co-that-1", "co-that-2", "co-that-3", "co-that-4", "co-that-5", "co-that-6"];
        foreach (var name in existing) await factory.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<UstaUser>>().CreateAsync(new UstaUser { UserName = name }, "Co-that-2021!")).Succeeded);
        factory.Logs.Expect(e => e.Message.StartsWith("Failed login for co-that") || e.Message.StartsWith("Failed login for khong-co-that"));
        var client = factory.CreateBrowser();
        var form = await client.GetDocumentAsync("/dang-nhap");
        var messages = new HashSet<string>();
        async Task<double> TryAsync(string userName)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.SubmitAsync(form, "login-form", new Dictionary<string, string>
            {
                ["Input.UserName"] = userName,
                ["Input.Password"] = "sai-mat-khau",
            }, "/dang-nhap");
            watch.Stop();
            messages.Add((await response.ReadDocumentAsync()).Text("[data-test=login-errors] li"));
            return watch.Elapsed.TotalMilliseconds;
        }

        // Warm-up (the dummy hash is made on first use), then pairs taken back to back, in
        // alternating order, so that a busy machine slows both members of a pair alike; six
        // accounts keep every try below the lockout.
        await TryAsync("khong-co-that");
        List<double> real = [], missing = [], ratios = [];
        for (var i = 0; i < 21; i++)
        {
            double e, m;
            if (i % 2 == 0) (e, m) = (await TryAsync(existing[i % existing.Length]), await TryAsync("khong-co-that-" + i));
            else (m, e) = (await TryAsync("khong-co-that-" + i), await TryAsync(existing[i % existing.Length]));
            real.Add(e);
            missing.Add(m);
            ratios.Add(e / m);
        }

        Assert.Equal([LoginTests.WrongLoginMessage], messages);
        double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        var ratio = Median(ratios);
        output.WriteLine($"median {Median(real):F1} ms for existing users, {Median(missing):F1} ms for missing ones; median ratio {ratio:F2}");
        Assert.True(ratio is >= 0.8 and <= 1.25, $"median ratio {ratio:F2}: {Median(real):F1} ms for existing users, {Median(missing):F1} ms for missing ones");
    }
}
