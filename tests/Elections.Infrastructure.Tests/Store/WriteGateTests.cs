using Elections.Infrastructure.Store;

namespace Elections.Infrastructure.Tests.Store;

public sealed class WriteGateTests
{
    [Fact]
    public async Task EnterAsync_UrgentWaiter_GoesBeforeEarlierOrdinaryWaiters()
    {
        var gate = new WriteGate();
        var order = new List<string>();
        var holder = await gate.EnterAsync(urgent: false, CancellationToken.None);

        var worker = EnterAndRecordAsync(gate, urgent: false, "worker", order);
        var acknowledgement = EnterAndRecordAsync(gate, urgent: true, "acknowledgement", order);
        holder.Dispose();
        await Task.WhenAll(worker, acknowledgement);

        Assert.Equal(["acknowledgement", "worker"], order);
    }

    [Fact]
    public async Task EnterAsync_WaiterCancelled_GateGoesToTheNext()
    {
        var gate = new WriteGate();
        var holder = await gate.EnterAsync(urgent: false, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var cancelled = gate.EnterAsync(urgent: true, cancel.Token).AsTask();
        var next = gate.EnterAsync(urgent: false, CancellationToken.None).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(next.IsCompleted);
        holder.Dispose();

        using var entered = await next.WaitAsync(TimeSpan.FromSeconds(10));
        var after = gate.EnterAsync(urgent: true, CancellationToken.None).AsTask();
        Assert.False(after.IsCompleted);
        entered.Dispose();
        (await after).Dispose();
    }

    private static async Task EnterAndRecordAsync(WriteGate gate, bool urgent, string name, List<string> order)
    {
        using var entered = await gate.EnterAsync(urgent, CancellationToken.None);
        order.Add(name);
    }
}
