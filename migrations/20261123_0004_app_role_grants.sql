-- The application's role tidlig_app (created with the audit log) may read and write the
-- ordinary tables, and only read and add to the audit log. Tables added by later migrations
-- get the same by default.
grant select, insert, update, delete on all tables in schema public to tidlig_app;
alter default privileges in schema public grant select, insert, update, delete on tables to tidlig_app;
revoke all on audit_event from tidlig_app;
grant select, insert on audit_event to tidlig_app;
revoke all on schema_migration from tidlig_app;
grant select on schema_migration to tidlig_app;
