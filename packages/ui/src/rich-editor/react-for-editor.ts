// React as tiptap imports it (`import React, { ... } from "react"`), by named imports only: a default import of the
// shared React would have its whole namespace built in the app chunk, on the first visit. vite.config.ts points
// @tiptap/react here; the default is an object of just the names tiptap reads from it.
import {
  Component,
  createContext,
  createElement,
  createRef,
  forwardRef,
  memo,
  useContext,
  useDebugValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  version,
} from 'react';

const React = {
  Component,
  createContext,
  createElement,
  createRef,
  forwardRef,
  memo,
  useContext,
  useDebugValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  version,
};

export default React;
export {
  Component,
  createContext,
  createElement,
  createRef,
  forwardRef,
  memo,
  useContext,
  useDebugValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  version,
};
