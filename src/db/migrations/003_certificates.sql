-- Certificates of every form (issue #4): Form 6 (death), Form 10 (non-availability) and the
-- still-birth extract beside Form 5; and revocation: when and why a certificate stopped being
-- in force, so the verify page can say SUPERSEDED (with the date) or CANCELLED.

alter table certificates drop constraint certificates_form_check;
alter table certificates add constraint certificates_form_check
  check (form in ('form5', 'form6', 'form10', 'still-birth-extract'));

alter table certificates
  add column revoked_at timestamptz,
  add column revocation_reason text;

-- A certificate in force has no revocation; a revoked one has its date and reason.
alter table certificates add constraint certificates_revocation_recorded check (
  (status = 'in_force' and revoked_at is null and revocation_reason is null)
  or (status <> 'in_force' and revoked_at is not null and revocation_reason is not null)
);
