using Microsoft.ML.Transforms;

namespace NewsNlp.MachineLearning;

/// <summary>The mapping with the sentence stage only (no entity model is loaded); its contract name never changes.</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class SentenceStageMapping : NewsAnalysisMapping
{
    public const string ContractName = "NewsNlp.AnalyzeNews.Sentences";

    protected override NewsPipelineStages Stages => NewsPipelineStages.Sentences;
}
