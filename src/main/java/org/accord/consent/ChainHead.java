package org.accord.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.accord.platform.Hashes;

/**
 * The end of one subject's chain. Appending locks this row only, so writers for different subjects
 * never wait for each other, and two writers for one subject form one linear chain.
 */
@Entity
@Table(name = "consent_chain_head")
public class ChainHead {

  @Id
  @Column(length = ConsentRequest.SUBJECT_LENGTH)
  private String subject;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  @Version private long version;

  protected ChainHead() {}

  ChainHead(String subject) {
    this.subject = subject;
    this.lastSequence = 0;
    this.lastHash = Hashes.GENESIS;
  }

  ConsentEvent append(ConsentRequest request, Instant now) {
    ConsentEvent event = new ConsentEvent(request, lastSequence + 1, lastHash, now);
    lastSequence = event.getSequence();
    lastHash = event.getHash();
    return event;
  }

  public String getSubject() {
    return subject;
  }

  public long getLastSequence() {
    return lastSequence;
  }

  public String getLastHash() {
    return lastHash;
  }
}
