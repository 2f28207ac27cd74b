import { BreakdownRuleEntity } from '../breakdown-rule.entity';

export interface BreakdownRuleResponse {
  id: string;
  departmentId: string;
  keywords: string[];
  priority: number;
  active: boolean;
  version: number;
}

export const mapBreakdownRule = (r: BreakdownRuleEntity): BreakdownRuleResponse => ({
  id: r.id,
  departmentId: r.departmentId,
  keywords: r.keywords,
  priority: r.priority,
  active: r.active,
  version: r.version,
});
