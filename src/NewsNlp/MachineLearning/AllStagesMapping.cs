using Microsoft.ML.Transforms;

namespace NewsNlp.MachineLearning;

/// <summary>The mapping with every stage; its contract name is written into saved models, so it never changes.</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class AllStagesMapping : NewsAnalysisMapping
{
    public const string ContractName = "NewsNlp.AnalyzeNews.All";

    protected override NewsPipelineStages Stages => NewsPipelineStages.All;
}
