-- A team library upgraded by a newer Turnaround refuses the writes of older ones still running: each connection says
-- which schema it writes (the setting turnaround.schema, given when it connects: store/PostgresLibrary.java), and a
-- write to cases from a connection that knows an older schema than the library's is refused with SQLSTATE TRN01. The
-- older window keeps what was typed on its computer and says to install the newer version (store/Database.java).
-- Every save writes the case's row, so guarding that table guards every save. Connections that do not say (psql, an
-- owner's maintenance) are let through.
CREATE FUNCTION turnaround_refuse_older_versions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    client text := current_setting('turnaround.schema', true);
    library integer;
BEGIN
    IF client IS NOT NULL AND client ~ '^[0-9]+$' THEN
        SELECT max(version) INTO library FROM turnaround_schema;
        IF client::integer < library THEN
            RAISE EXCEPTION 'this team library was upgraded to schema % by a newer Turnaround; this one writes schema %', library, client
                USING ERRCODE = 'TRN01';
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER cases_refuse_older_versions BEFORE INSERT OR UPDATE OR DELETE ON cases
    FOR EACH STATEMENT EXECUTE FUNCTION turnaround_refuse_older_versions();
