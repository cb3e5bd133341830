package org.accord.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One admin action: who, what, on what, when and from where. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  public static final int DETAIL_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(updatable = false, length = 254)
  private String actor;

  @Column(nullable = false, updatable = false, length = 60)
  private String action;

  @Column(updatable = false, length = 200)
  private String target;

  @Column(updatable = false, length = DETAIL_LENGTH)
  private String detail;

  @Column(updatable = false, length = 45)
  private String ip;

  protected AuditEntry() {}

  AuditEntry(
      Instant at,
      Long actorId,
      String actor,
      String action,
      String target,
      String detail,
      String ip) {
    this.at = at;
    this.actorId = actorId;
    this.actor = actor;
    this.action = action;
    this.target = target;
    this.detail =
        detail == null || detail.length() <= DETAIL_LENGTH
            ? detail
            : detail.substring(0, DETAIL_LENGTH);
    this.ip = ip;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getDetail() {
    return detail;
  }

  public String getIp() {
    return ip;
  }
}
