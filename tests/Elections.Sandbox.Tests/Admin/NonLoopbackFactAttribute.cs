using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Elections.Sandbox.Tests.Admin;

/// <summary>A test that calls the Sandbox from this machine's own non-loopback IPv4 address; skipped on a machine that has none.</summary>
public sealed class NonLoopbackFactAttribute : FactAttribute
{
    public NonLoopbackFactAttribute()
    {
        if (Address is null)
        {
            Skip = "this machine has no non-loopback IPv4 address to call the Sandbox from";
        }
    }

    /// <summary>The first up, non-loopback IPv4 address, or null.</summary>
    public static IPAddress? Address { get; } = NetworkInterface.GetAllNetworkInterfaces()
        .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
        .SelectMany(n => n.GetIPProperties().UnicastAddresses)
        .Select(a => a.Address)
        .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
