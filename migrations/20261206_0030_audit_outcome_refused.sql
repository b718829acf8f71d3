-- A refusal by the domain's rules (a slot already taken, a stale version) is its own outcome:
-- the policy allowed the attempt, the work refused it and changed nothing. Until now such an
-- attempt was logged as 'allowed', or not at all when the refusal was thrown inside the work.
-- Keep in step with AUDIT_OUTCOMES in src/kernel/audit/table.ts.
alter table audit_event drop constraint audit_event_outcome_check;
alter table audit_event add constraint audit_event_outcome_check
  check (outcome in ('allowed', 'denied', 'refused', 'failed'));
