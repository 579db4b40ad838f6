package lv.socialais.portal.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link StalePostExceptionHandler} around the handlers configured before it (faces-config.xml). */
public class StalePostExceptionHandlerFactory extends ExceptionHandlerFactory {

    public StalePostExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new StalePostExceptionHandler(getWrapped().getExceptionHandler());
    }
}
