/** How much harder than CI's default the robustness suites push: ROBUSTNESS_SCALE=10 npm test. */
export const SCALE = Math.max(1, Number(process.env.ROBUSTNESS_SCALE) || 1);
