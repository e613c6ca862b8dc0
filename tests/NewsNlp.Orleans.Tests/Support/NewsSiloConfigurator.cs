using Orleans.Hosting;
using Orleans.TestingHost;

namespace NewsNlp.Orleans.Tests.Support;

/// <summary>Every test silo runs NewsNlp, as a production silo would with <c>AddNewsNlp()</c>, plus the failover hook.</summary>
public sealed class NewsSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddNewsNlp().AddIncomingGrainCallFilter<HoldingCallFilter>();
}
