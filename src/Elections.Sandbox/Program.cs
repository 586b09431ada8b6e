await Elections.Sandbox.SandboxServer.RunAsync(args);
