-- The pilot dashboard (issue #7) counts registered records by registration date over a few
-- weeks, statewide or per district: without this index every look scans the whole register.
create index records_registration_date on records (registration_date, unit_code) where status = 'registered';
