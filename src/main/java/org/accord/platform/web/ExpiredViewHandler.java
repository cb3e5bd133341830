package org.accord.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted after its view expired (a long pause, a restart, a stale tab) leads to the "page
 * had expired" page instead of a server error. Nothing was stored by that post.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
  }

  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable failure = events.next().getContext().getException();
      if (isExpiredView(failure)) {
        events.remove();
        redirectToExpiredPage();
        return;
      }
    }
    getWrapped().handle();
  }

  private static boolean isExpiredView(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static void redirectToExpiredPage() {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
      context.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
