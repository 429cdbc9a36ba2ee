/** Shapes the API answers with, shared with the dashboard. */
export interface ApiError {
  statusCode: number;
  message: string;
  errors?: Record<string, string>;
  current?: unknown;
}
