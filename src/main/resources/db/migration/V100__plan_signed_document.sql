-- The signed plan document (PDF or DOCX), kept in the evidence store. Numbered after both the planning (V20) and
-- the evidence (V30) migrations, since it joins them.
alter table plan add column signed_document_id bigint references evidence_file (id);
create index plan_signed_document_idx on plan (signed_document_id);
