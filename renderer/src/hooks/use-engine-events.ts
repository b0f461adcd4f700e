import { useEffect } from 'react';
import { api } from '../api/client';
import { useProgressStore } from '../stores/progress-store';
import { useWorkspaceStore } from '../stores/workspace-store';

/** Routes what the engine pushes (progress, workspace changes made from the menu) into the stores. */
export function useEngineEvents(): void {
  useEffect(
    () =>
      api.onEvent((event) => {
        switch (event.type) {
          case 'progress':
            useProgressStore.getState().update(event);
            break;
          case 'workspace/changed':
            useWorkspaceStore.getState().setStatus(event.status);
            break;
        }
      }),
    [],
  );
}
