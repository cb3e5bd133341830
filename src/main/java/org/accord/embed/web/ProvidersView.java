package org.accord.embed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accord.embed.EmbedProvider;
import org.accord.embed.EmbedProviders;

/** {@code /admin/providers}: the embed provider register as the application reads it. */
@Named
@RequestScoped
public class ProvidersView {

  @Inject private EmbedProviders providers;

  public List<EmbedProvider> getAll() {
    return providers.all();
  }
}
