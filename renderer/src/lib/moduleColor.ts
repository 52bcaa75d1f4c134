/** One tag colour per module, wherever records of several modules stand side by side. */
export const moduleColor: Record<string, string> = { 活动会议: 'green', 提案: 'blue', 社情民意: 'purple', 民主监督: 'orange', 文史资料: 'gold' };
