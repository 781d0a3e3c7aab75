using NewsDigest.Batch;

namespace NewsDigest.Tests.Batch;

public sealed class ByteBudgetTests
{
    [Fact]
    public async Task Waits_while_the_budget_is_spent_and_lets_items_through_in_order()
    {
        var budget = new ByteBudget(100);
        await budget.WaitAsync(60, CancellationToken.None);
        var second = budget.WaitAsync(60, CancellationToken.None);
        var third = budget.WaitAsync(10, CancellationToken.None);
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted, "a small item does not overtake a large one waiting before it");
        budget.Release(60);
        await second;
        await third;
        Assert.Equal(70, budget.InFlight);
    }

    [Fact]
    public async Task An_item_larger_than_the_budget_passes_alone()
    {
        var budget = new ByteBudget(100);
        await budget.WaitAsync(500, CancellationToken.None);
        var next = budget.WaitAsync(1, CancellationToken.None);
        Assert.False(next.IsCompleted);
        budget.Release(500);
        await next;
        Assert.Equal(1, budget.InFlight);
    }

    [Fact]
    public async Task Waiting_ends_on_cancellation()
    {
        var budget = new ByteBudget(10);
        await budget.WaitAsync(10, CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var waiting = budget.WaitAsync(5, stop.Token);
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
