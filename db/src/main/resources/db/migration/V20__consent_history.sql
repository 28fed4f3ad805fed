-- Consents per channel (MEM-06) keep their history: every change with when, how and, for an
-- unsubscribe link, from which campaign's mail. The member's current consent stays in the
-- member row (campaign audiences are picked there); a member with no row for a channel has
-- had it unchanged since joining (member.joined_at, source JOIN).
CREATE TABLE consent_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id    BIGINT      NOT NULL,
    channel      VARCHAR(10) NOT NULL,
    granted      BOOLEAN     NOT NULL,
    changed_at   DATETIME(3) NOT NULL,
    source       VARCHAR(20) NOT NULL,
    campaign_id  BIGINT      NULL,
    CONSTRAINT fk_consent_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_consent_campaign FOREIGN KEY (campaign_id) REFERENCES email_campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- 내 정보 shows a member's history newest first, and the last change per channel
CREATE INDEX ix_consent_member ON consent_change (member_id, changed_at);
