/** A plan as a choice of a plan select: "số hiệu — tên", or the title alone for a plan without a number. */
export const planOption = (plan: { id: string; number: string | null; title: string }): { value: string; label: string } => ({
  value: plan.id,
  label: plan.number ? `${plan.number} — ${plan.title}` : plan.title,
});

/** The choices of a plan select, empty while the plans load. */
export const planOptions = (plans: readonly { id: string; number: string | null; title: string }[] | undefined): { value: string; label: string }[] => (plans ?? []).map(planOption);
